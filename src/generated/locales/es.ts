
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'agencies-label': `Instituciones:`,
'all-figures': `Todas las cifras`,
'country-mx': `México`,
'country-us': `Estados Unidos`,
'date-early': str`principios de ${0}`,
'date-late': str`finales de ${0}`,
'date-mid': str`mediados de ${0}`,
'date-tentative': str`${0} (probablemente)`,
'dates': `Fechas`,
'delegations': `Delegaciones`,
'error-invalid': `El archivo del informe del DEAN no es válido, por lo que no se puede mostrar.`,
'error-load': `No se pudo cargar el informe del DEAN. Inténtelo de nuevo más tarde.`,
'error-unknown-id': `Este elemento no está en el informe del DEAN.`,
'error-unknown-metric': str`No hay ninguna cifra "${0}" en el informe del DEAN.`,
'error-unknown-pillar': str`No hay ningún pilar "${0}" en el informe del DEAN.`,
'error-unknown-report': `Este informe del DEAN no está disponible.`,
'figures': `Cifras`,
'loading': `Cargando el informe del DEAN…`,
'pillar-n': str`Pilar ${0}`,
'pillars-overview': `Los cuatro pilares`,
'places-label': `Lugares:`,
'purpose': `Propósito`,
'qualifier-nearly': str`casi ${0}`,
'qualifier-over': str`más de ${0}`,
'range': str`de ${0} a ${1}`,
'range-late': str`entre finales de ${0} y ${1}`,
'season-fall': str`otoño de ${0}`,
'season-spring': str`primavera de ${0}`,
'season-summer': str`verano de ${0}`,
'season-winter': str`invierno de ${0}`,
'source': `Fuente`,
'stakeholders': `Participación de las partes interesadas`,
'status-done': `Realizado`,
'status-expected': `Previsto`,
'status-happened': `Realizado`,
'status-ongoing': `En curso`,
'status-planned': `Programado`,
'timeline': `Cronología`,
'usd': str`US\$${0}`,
'usd-million': str`US\$${0} millones`,
    };
  